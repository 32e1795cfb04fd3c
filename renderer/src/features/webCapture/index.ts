export { CaptureUrlDialog } from './CaptureUrlDialog';
export { NetworkSettings } from './NetworkSettings';
export { WebCaptureProvenance } from './WebCaptureProvenance';
export { openCaptureDialog } from './captureStore';
