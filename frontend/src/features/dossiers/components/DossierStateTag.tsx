import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import type { Entry } from '../api/dossiers';
import { dossierState, STATE_TONE } from '../logic/dossier';

export function DossierStateTag({ entry }: { entry: Pick<Entry, 'dossierCheck' | 'outcome'> }) {
  const { t } = useTranslation('dossiers');
  const state = dossierState(entry);
  return <StatusTag tone={STATE_TONE[state]}>{t(`state.${state}`)}</StatusTag>;
}
