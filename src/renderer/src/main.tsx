// Sets <html lang dir> from ?lang= or the cached language before anything renders.
import { bootstrapDocumentLocale } from './boot/startup-locale';
import '@mantine/core/styles.css';
import '../../../resources/fonts/fonts.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { createHttpTransport } from './api/transport-http';
import { createIpcTransport } from './api/transport-ipc';
import { setAppState } from './app/app-state';
import { App } from './app/App';

const startup = bootstrapDocumentLocale();
setAppState('loading');

// Inside Electron the sandboxed preload exposes window.api; in a browser we talk to the host.
const transport = window.api ? createIpcTransport(window.api) : createHttpTransport(window.location.origin);
const client = createClient(transport);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={client} startup={startup} />
  </StrictMode>,
);
