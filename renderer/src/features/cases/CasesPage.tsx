// Cases: the list at #/cases, one case at #/cases/<id> (and its tab, ?tab=timeline).
import { useRoute } from '../../app/route';
import { CaseDetail } from './CaseDetail';
import { CasesList } from './CasesList';
import { CaseFileDropZone } from './exchange/CaseFileDropZone';

export function CasesPage() {
  const route = useRoute();
  const id = route.screen === 'cases' ? route.id : undefined;
  const tab = route.screen === 'cases' ? route.tab : undefined;
  return <CaseFileDropZone>{id ? <CaseDetail key={id} id={id} tab={tab} /> : <CasesList />}</CaseFileDropZone>;
}
