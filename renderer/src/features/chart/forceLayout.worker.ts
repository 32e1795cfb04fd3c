// The large chart's layout, off the main thread: the chart stays responsive and shows progress
// while ForceAtlas2 places thousands of entities.
import { forceLayout, type LayoutReply, type LayoutRequest } from './forceLayout';

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const positions = forceLayout(event.data, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', positions: Object.fromEntries(positions) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
