export { SettingsPage } from './SettingsPage';
export { AnalystForm } from './AnalystForm';
