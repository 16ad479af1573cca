import {
  IconAccessible,
  IconChartBar,
  IconMessageCheck,
  IconPackage,
  IconRefresh,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { SECTIONS, type Section } from './router';

export interface SectionDef {
  id: Section;
  /** i18n key of the section name (nav label and page title). */
  labelKey: string;
  icon: Icon;
  /** Mantine hotkey that jumps here: mod+1 … mod+6 in nav order. */
  hotkey: string;
  /** The digit shown next to the modifier in hints. */
  digit: string;
}

const ICONS: Record<Section, Icon> = {
  products: IconPackage,
  accessibility: IconAccessible,
  moderation: IconMessageCheck,
  dashboards: IconChartBar,
  sync: IconRefresh,
  settings: IconSettings,
};

export const SECTION_DEFS: readonly SectionDef[] = SECTIONS.map((id, index) => ({
  id,
  labelKey: `nav.${id}`,
  icon: ICONS[id],
  hotkey: `mod+${index + 1}`,
  digit: String(index + 1),
}));
