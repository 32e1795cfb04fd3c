export { CaptureUrlDialog } from './CaptureUrlDialog';
export { openCaptureDialog } from './captureStore';
