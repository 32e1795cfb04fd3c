// Cases: the list at #/cases, one case at #/cases/<id>.
import { useRoute } from '../../app/route';
import { CaseDetail } from './CaseDetail';
import { CasesList } from './CasesList';

export function CasesPage() {
  const route = useRoute();
  const id = route.screen === 'cases' ? route.id : undefined;
  return id ? <CaseDetail key={id} id={id} /> : <CasesList />;
}
