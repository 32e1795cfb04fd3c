// "Open link": the only way a URL from evidence leaves the app. Plain http(s) without credentials
// only (`https://bank.example@evil.example` reads as bank.example), and only after the analyst
// confirms, because the site learns the analyst's address. In Electron, window.open reaches the
// main process's window-open handler, which applies the same rule and asks natively; the browser
// host asks here and opens a new tab with no opener and no referrer.
import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import { api } from '../api/client';
import { externalHttpUrl } from './externalUrl';

export function OpenLinkButton({ url }: { url: string }) {
  const [confirming, { open, close }] = useDisclosure(false);
  const allowed = externalHttpUrl(url);
  if (!allowed) return null;
  const go = () => {
    close();
    window.open(allowed, '_blank', 'noopener,noreferrer');
  };
  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        leftSection={<IconExternalLink size={12} />}
        onClick={api.capabilities.host === 'electron' ? go : open}
      >
        Open link
      </Button>
      <Modal opened={confirming} onClose={close} title="Open this link in your web browser?" size="md">
        <Stack gap="sm">
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {allowed}
          </Code>
          <Text fz="sm">
            The site will see a visit from your network address. Casefile itself never loads remote pages.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button onClick={go}>Open in browser</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
