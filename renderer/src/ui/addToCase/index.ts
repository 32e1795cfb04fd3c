export { AddToCaseDialog } from './AddToCaseDialog';
export { AddToCaseMenu, ADD_TO_CASE_SHORTCUT } from './AddToCaseMenu';
export { draggableItems } from './caseDrag';
export { currentCaseSelection, requestAddToCase, useCaseSelection } from './caseSelection';
export { useCaseDrop } from './useCaseDrop';
export { SidebarCases } from './SidebarCases';
