// The library's network route for captures (OPSEC): direct, an HTTP(S) proxy, or SOCKS5 with the
// proxy resolving names (Tor: 127.0.0.1:9050). When a proxy is set and down, captures fail; they
// never fall back to a direct connection.
import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { NetworkSetting } from '../../../../shared/contract/webCapture';
import { useAction, useCall } from '../../api/hooks';
import { showSuccess } from '../../ui/notify';
import { routeLabel } from '../../ui/networkRoute';

export function NetworkSettings() {
  const current = useCall('web.getNetwork', {});
  const [mode, setMode] = useState<NetworkSetting['mode']>('direct');
  const [proxy, setProxy] = useState('');
  useEffect(() => {
    if (current.data) {
      setMode(current.data.mode);
      setProxy(current.data.proxy);
    }
  }, [current.data]);
  const save = useAction('web.setNetwork', {
    onSuccess: (s) => showSuccess(`Captures now use: ${routeLabel(s)}.`, 'Network route saved'),
  });
  return (
    <Stack gap="xs" data-testid="network-settings">
      <Text fz="xs" c="dimmed">
        How “Capture URL” reaches the web. The route is recorded in every capture’s provenance. Opening evidence never
        makes a request.
      </Text>
      <SegmentedControl
        size="xs"
        w={420}
        value={mode}
        onChange={(v) => {
          setMode(v as NetworkSetting['mode']);
          if (v === 'socks5' && !proxy) setProxy('127.0.0.1:9050');
        }}
        data={[
          { value: 'direct', label: 'Direct' },
          { value: 'http', label: 'HTTP proxy' },
          { value: 'https', label: 'HTTPS proxy' },
          { value: 'socks5', label: 'SOCKS5 (Tor)' },
        ]}
        data-testid="network-mode"
      />
      {mode !== 'direct' && (
        <TextInput
          label="Proxy (HOST:PORT)"
          description={
            mode === 'socks5' ? 'Names are resolved by the proxy. Tor’s default is 127.0.0.1:9050.' : undefined
          }
          w={300}
          value={proxy}
          onChange={(e) => setProxy(e.currentTarget.value.trim())}
          data-testid="network-proxy"
        />
      )}
      <Group>
        <Button
          size="xs"
          variant="default"
          loading={save.isPending}
          onClick={() => save.mutate({ mode, proxy: mode === 'direct' ? '' : proxy })}
          data-testid="network-save"
        >
          Save route
        </Button>
        {current.data && (
          <Text fz="xs" c="dimmed">
            Now: {routeLabel(current.data)}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
