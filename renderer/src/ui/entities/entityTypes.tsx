// One icon and colour per entity type, so a list of mixed entities scans quickly.
import { ThemeIcon, type ThemeIconProps } from '@mantine/core';
import {
  IconBox,
  IconBuilding,
  IconBuildingFactory2,
  IconCalendarEvent,
  IconCategory,
  IconMapPin,
  IconTruck,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import { ENTITY_TYPES } from '../../../../shared/contract/vocabulary';

export type EntityTypeName = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_INFO: Record<EntityTypeName, { label: string; icon: Icon; color: string }> = {
  person: { label: 'Person', icon: IconUser, color: 'blue' },
  organization: { label: 'Organization', icon: IconBuilding, color: 'violet' },
  location: { label: 'Location', icon: IconMapPin, color: 'green' },
  facility: { label: 'Facility', icon: IconBuildingFactory2, color: 'orange' },
  commodity: { label: 'Commodity', icon: IconBox, color: 'yellow' },
  event: { label: 'Event', icon: IconCalendarEvent, color: 'red' },
  vehicle: { label: 'Vehicle', icon: IconTruck, color: 'cyan' },
  other: { label: 'Other', icon: IconCategory, color: 'gray' },
};

export function isEntityType(value: string): value is EntityTypeName {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export const ENTITY_TYPE_OPTIONS = ENTITY_TYPES.map((t) => ({ value: t, label: ENTITY_TYPE_INFO[t].label }));

export function EntityTypeIcon({ type, size = 'md' }: { type: EntityTypeName; size?: ThemeIconProps['size'] }) {
  const info = ENTITY_TYPE_INFO[type];
  const Glyph = info.icon;
  return (
    <ThemeIcon variant="light" color={info.color} size={size} aria-label={info.label}>
      <Glyph size={14} />
    </ThemeIcon>
  );
}
