import { useHotkeys, useOs } from '@mantine/hooks';
import { navigate } from '../app/router';
import { SECTION_DEFS } from '../app/sections';

/** "Ctrl" or "⌘": how the `mod` key is written on this machine. */
export function useModKeyLabel(): string {
  const os = useOs();
  return os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
}

/** mod+1…mod+6 jump to the sections; `?` opens the shortcuts help. */
export function useShellShortcuts(openHelp: () => void) {
  useHotkeys([
    ...SECTION_DEFS.map((section) => [section.hotkey, () => navigate(section.id)] as [string, () => void]),
    ['shift+?', openHelp],
    ['?', openHelp],
  ]);
}
