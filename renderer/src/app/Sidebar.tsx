// The sidebar: the screens, the palette, and the theme switch.
import {
  ActionIcon,
  Badge,
  Group,
  Kbd,
  NavLink,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import {
  IconBooks,
  IconBriefcase,
  IconFileText,
  IconMoon,
  IconQuote,
  IconSearch,
  IconSettings,
  IconSun,
  IconTrash,
  IconBell,
  IconUsers,
  IconUserSearch,
} from '@tabler/icons-react';
import { IconChartDots3, IconTimeline } from '@tabler/icons-react';
import { Fragment, type ComponentType } from 'react';
import { SidebarCases } from '../ui/addToCase';
import { useCall } from '../api/hooks';
import { formatShortcut } from '../ui/shortcuts';
import { href, useRoute, type Route } from './route';

interface Item {
  screen: Route['screen'];
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  shortcut?: string;
  /** Other screens that belong under this item (an article is part of the Library). */
  also?: Route['screen'][];
  /** Shown instead of the shortcut (the Watch screen's unseen hits). */
  badge?: number;
}

const ITEMS: Item[] = [
  { screen: 'library', label: 'Library', icon: IconBooks, shortcut: 'alt+1', also: ['article', 'new-article'] },
  { screen: 'excerpts', label: 'Excerpts', icon: IconQuote, shortcut: 'alt+2' },
  { screen: 'sources', label: 'Sources', icon: IconUserSearch, shortcut: 'alt+3' },
  { screen: 'entities', label: 'Entities', icon: IconUsers, shortcut: 'alt+4' },
  { screen: 'cases', label: 'Cases', icon: IconBriefcase, shortcut: 'alt+5', also: ['conflicts'] },
  { screen: 'search', label: 'Search', icon: IconSearch, shortcut: 'alt+6' },
  { screen: 'chart', label: 'Chart', icon: IconChartDots3, shortcut: 'alt+7' },
  { screen: 'timeline', label: 'Timeline', icon: IconTimeline, shortcut: 'alt+8' },
];

export function Sidebar({ onOpenPalette, libraryPath }: { onOpenPalette: () => void; libraryPath: string }) {
  const route = useRoute();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const unseen = useCall('watch.hits', { unseenOnly: true, limit: 1 }).data?.unseen ?? 0;
  const libraryName = libraryPath.split(/[\\/]/).pop() ?? '';
  const link = (item: Item) => (
    <NavLink
      key={item.screen}
      href={href({ screen: item.screen } as Route)}
      label={item.label}
      leftSection={<item.icon size={16} stroke={1.6} />}
      rightSection={
        item.badge ? (
          <Badge size="xs" color="orange" data-testid={`${item.screen}-badge`}>
            {item.badge}
          </Badge>
        ) : (
          <Text fz={10} c="dimmed">
            {item.shortcut ? formatShortcut(item.shortcut).join('+') : ''}
          </Text>
        )
      }
      active={route.screen === item.screen || Boolean(item.also?.includes(route.screen))}
      variant="light"
      py={6}
    />
  );
  return (
    <Stack gap={0} h="100%" component="nav" aria-label="Screens">
      <Group px="sm" py="xs" gap={6} wrap="nowrap">
        <IconFileText size={18} />
        <Text fw={700} fz="sm">
          Casefile
        </Text>
      </Group>
      <UnstyledButton
        onClick={onOpenPalette}
        mx="xs"
        mb="xs"
        px="xs"
        py={4}
        style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
        aria-label="Open the command palette"
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fz="xs" c="dimmed">
            Commands…
          </Text>
          <Kbd size="xs">{formatShortcut('mod+K').join('+')}</Kbd>
        </Group>
      </UnstyledButton>
      <div style={{ flex: 1, overflowY: 'auto' }}>
        {ITEMS.map((item) => (
          <Fragment key={item.screen}>
            {link(item)}
            {item.screen === 'cases' && <SidebarCases />}
          </Fragment>
        ))}
      </div>
      {link({ screen: 'watch', label: 'Watch', icon: IconBell, badge: unseen })}
      {link({ screen: 'trash', label: 'Trash', icon: IconTrash })}
      {link({ screen: 'settings', label: 'Settings', icon: IconSettings, shortcut: 'mod+,' })}
      <Group
        px="sm"
        py="xs"
        justify="space-between"
        wrap="nowrap"
        style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Text fz={11} c="dimmed" truncate title={libraryPath} data-testid="library-name">
          {libraryName}
        </Text>
        <Tooltip label={scheme === 'dark' ? 'Light theme' : 'Dark theme'}>
          <ActionIcon
            onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
            aria-label={scheme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
            color="gray"
            data-testid="theme-toggle"
          >
            {scheme === 'dark' ? <IconSun size={16} /> : <IconMoon size={16} />}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Stack>
  );
}
