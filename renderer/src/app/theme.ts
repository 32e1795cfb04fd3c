// A dense theme for a data-heavy desktop app: small controls, compact tables, system fonts (the
// app never loads a font from anywhere; Noto CJK and the OS fonts cover every script).
import {
  ActionIcon,
  Autocomplete,
  Badge,
  Button,
  createTheme,
  Select,
  Table,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Analysts who ask their OS for less motion get none: modals, menus and toasts appear at once.
  respectReducedMotion: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  components: {
    Button: Button.extend({ defaultProps: { size: 'xs' } }),
    ActionIcon: ActionIcon.extend({ defaultProps: { size: 'sm', variant: 'subtle' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'xs' } }),
    Textarea: Textarea.extend({ defaultProps: { size: 'xs' } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { size: 'xs' } }),
    Select: Select.extend({ defaultProps: { size: 'xs' } }),
    Badge: Badge.extend({ defaultProps: { size: 'sm', radius: 'sm' } }),
    Table: Table.extend({ defaultProps: { fz: 'xs', verticalSpacing: 4, horizontalSpacing: 'xs' } }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 400, fz: 'xs' } }),
  },
});
