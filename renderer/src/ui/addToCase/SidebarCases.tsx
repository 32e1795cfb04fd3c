// The open cases under "Cases" in the sidebar: a quick way in, and a drop target for dragged rows
// from any screen (the Cases list may not be on screen while the analyst drags from the Library).
import { NavLink, Stack } from '@mantine/core';
import { useCall } from '../../api/hooks';
import { href, useRoute } from '../../app/route';
import { compareIso } from '../format';
import { useCaseDrop } from './useCaseDrop';

const SHOWN = 6;

function SidebarCase({ id, title, active }: { id: string; title: string; active: boolean }) {
  const { over, dropProps } = useCaseDrop(id, title);
  return (
    <NavLink
      href={href({ screen: 'cases', id })}
      label={title}
      active={active || over}
      variant={over ? 'filled' : 'subtle'}
      py={2}
      pl={34}
      fz="xs"
      styles={{
        label: {
          fontSize: 'var(--mantine-font-size-xs)',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        },
      }}
      title={`${title} — drop items here to add them`}
      data-testid="sidebar-case"
      {...dropProps}
    />
  );
}

export function SidebarCases() {
  const route = useRoute();
  const cases = useCall('cases.list', { includeArchived: false });
  const recent = [...(cases.data?.items ?? [])].sort((a, b) => compareIso(b.updatedAt, a.updatedAt)).slice(0, SHOWN);
  if (!recent.length) return null;
  return (
    <Stack gap={0} aria-label="Open cases">
      {recent.map((c) => (
        <SidebarCase key={c.id} id={c.id} title={c.title} active={route.screen === 'cases' && route.id === c.id} />
      ))}
    </Stack>
  );
}
