// Offers what detectMetadata found; one click applies a suggestion.
import { Button, Group, Text } from '@mantine/core';
import type { DetectedMetadata } from './detectMetadata';
import type { MetadataDraft } from '../../ui/metadata/metadataDraft';

export function Suggestions({
  detected,
  draft,
  onApply,
}: {
  detected: DetectedMetadata;
  draft: MetadataDraft;
  onApply: (patch: Partial<MetadataDraft>) => void;
}) {
  const offers: { label: string; patch: Partial<MetadataDraft> }[] = [];
  if (detected.translator && draft.translator !== detected.translator) {
    offers.push({ label: `Translator: ${detected.translator}`, patch: { translator: detected.translator } });
  }
  if (detected.language && draft.language !== detected.language) {
    offers.push({ label: `Language: ${detected.language}`, patch: { language: detected.language } });
  }
  if (!offers.length && !detected.contactEmail && !detected.originalLanguage) return null;
  return (
    <Group gap={6} data-testid="capture-suggestions">
      <Text fz="xs" c="dimmed">
        Found in the text:
      </Text>
      {offers.map((offer) => (
        <Button key={offer.label} variant="light" size="compact-xs" onClick={() => onApply(offer.patch)}>
          Use {offer.label}
        </Button>
      ))}
      {detected.originalLanguage === 'ko' && (
        <Text fz="xs" c="dimmed">
          · translated from Korean (“Read in Korean”)
        </Text>
      )}
      {detected.contactEmail && (
        <Text fz="xs" c="dimmed">
          · contact {detected.contactEmail}
        </Text>
      )}
    </Group>
  );
}
