// Cases: the list at #/cases, one case at #/cases/<id>.
import { useRoute } from '../../app/route';
import { CaseDetail } from './CaseDetail';
import { CasesList } from './CasesList';
import { CaseFileDropZone } from './exchange/CaseFileDropZone';

export function CasesPage() {
  const route = useRoute();
  const id = route.screen === 'cases' ? route.id : undefined;
  return <CaseFileDropZone>{id ? <CaseDetail key={id} id={id} /> : <CasesList />}</CaseFileDropZone>;
}
