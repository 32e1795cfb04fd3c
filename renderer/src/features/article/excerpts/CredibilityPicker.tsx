// Information credibility 1–6 (or not graded yet), with the standard label and description of the
// chosen value as help, and every value's label on hover.
import { SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { CREDIBILITY, CREDIBILITY_VALUES, type Credibility } from '../../../../../shared/domain/admiralty';

export function CredibilityPicker({
  value,
  onChange,
}: {
  value: Credibility | null;
  onChange: (value: Credibility | null) => void;
}) {
  const data = [
    {
      value: '',
      label: (
        <Tooltip label="Not graded yet" withArrow>
          <span>–</span>
        </Tooltip>
      ),
    },
    ...CREDIBILITY_VALUES.map((v) => ({
      value: String(v),
      label: (
        <Tooltip label={`${v} – ${CREDIBILITY[v].label}`} withArrow>
          <span>{v}</span>
        </Tooltip>
      ),
    })),
  ];
  return (
    <Stack gap={4}>
      <Text fz="sm" fw={500} id="credibility-label">
        Credibility
      </Text>
      <SegmentedControl
        size="xs"
        fullWidth
        aria-labelledby="credibility-label"
        data-testid="credibility"
        value={value === null ? '' : String(value)}
        onChange={(next) => onChange(next ? (Number(next) as Credibility) : null)}
        data={data}
      />
      <Text fz="xs" c="dimmed" data-testid="credibility-help">
        {value ? (
          <>
            <b>
              {value} – {CREDIBILITY[value].label}:
            </b>{' '}
            {CREDIBILITY[value].description}
          </>
        ) : (
          'How likely the information itself is true, judged apart from the source’s reliability.'
        )}
      </Text>
    </Stack>
  );
}
