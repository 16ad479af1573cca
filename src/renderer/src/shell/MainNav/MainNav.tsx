import { NavLink, Tooltip, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate, type Route } from '../../app/router';
import { SECTION_DEFS } from '../../app/sections';
import { useModKeyLabel } from '../use-shortcuts';
import classes from './MainNav.module.css';

/**
 * The six sections; AppShell.Navbar is the labelled <nav> landmark around this list.
 * Tooltips show the keyboard shortcut; `aria-keyshortcuts` exposes it to assistive tech.
 */
export function MainNav({ active, onNavigate }: { active: Route; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const mod = useModKeyLabel();
  // Tooltips open towards the content, which is on the left of the navbar in RTL.
  const tooltipSide = dir === 'rtl' ? 'left' : 'right';

  return (
    <div>
      {SECTION_DEFS.map((section) => {
        const label = t(section.labelKey);
        const IconComponent = section.icon;
        return (
          <Tooltip
            key={section.id}
            label={t('nav.shortcut_hint', { keys: `${mod}+${section.digit}` })}
            position={tooltipSide}
            withArrow
            openDelay={400}
          >
            <NavLink
              component="a"
              href={`#/${section.id}`}
              className={classes.link}
              label={label}
              leftSection={<IconComponent size={20} stroke={1.6} aria-hidden />}
              active={active === section.id}
              aria-current={active === section.id ? 'page' : undefined}
              aria-keyshortcuts={`Control+${section.digit} Meta+${section.digit}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(section.id);
                onNavigate?.();
              }}
            />
          </Tooltip>
        );
      })}
    </div>
  );
}
