// "Add to case" as a menu on a screen: the open cases, most recently updated first, and "New case…".
import { Button, Menu, Text, type ButtonProps } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useCall } from '../../api/hooks';
import { ShortcutKeys } from '../ShortcutKeys';
import { compareIso } from '../format';
import { showError } from '../notify';
import { requestAddToCase } from './caseSelection';
import { addItemsToCase } from './useCaseDrop';

export const ADD_TO_CASE_SHORTCUT = 'shift+C';
const SHOWN = 12;

export function AddToCaseMenu({
  getIds,
  disabled,
  label = 'Add to case',
  size,
}: {
  getIds: () => string[];
  disabled?: boolean;
  label?: string;
  size?: ButtonProps['size'];
}) {
  const cases = useCall('cases.list', { includeArchived: false });
  const recent = [...(cases.data?.items ?? [])].sort((a, b) => compareIso(b.updatedAt, a.updatedAt)).slice(0, SHOWN);
  const withIds = (fn: (ids: string[]) => void) => () => {
    const ids = getIds();
    if (ids.length) fn(ids);
    else showError(new Error('Select one or more rows first.'), 'Nothing to add');
  };
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={320}>
      <Menu.Target>
        <Button
          variant="default"
          size={size}
          leftSection={<IconBriefcase size={14} />}
          disabled={disabled}
          title="Add the selection to a case (Shift+C)"
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="add-to-case-menu">
        <Menu.Label>Add to case</Menu.Label>
        {recent.map((c) => (
          <Menu.Item
            key={c.id}
            leftSection={<IconBriefcase size={14} />}
            onClick={withIds((ids) => void addItemsToCase(c.id, ids, c.title))}
          >
            <Text size="sm" truncate>
              {c.title}
            </Text>
          </Menu.Item>
        ))}
        {recent.length > 0 && <Menu.Divider />}
        <Menu.Item
          leftSection={<IconPlus size={14} />}
          rightSection={<ShortcutKeys shortcut={ADD_TO_CASE_SHORTCUT} />}
          onClick={withIds(requestAddToCase)}
        >
          New case or find one…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
