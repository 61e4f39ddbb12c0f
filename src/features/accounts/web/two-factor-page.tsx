import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '../accounts.contract.ts';
import { WithMe } from './my-page.tsx';
import { OutcomePage } from './outcome-page.tsx';
import { TwoFactorManage } from './two-factor-manage.tsx';
import { TwoFactorSetup } from './two-factor-setup.tsx';

/** Route `/to-faktor`: turn two-factor login on, or (when on) get new recovery codes or turn it off. */
export function TwoFactorPage() {
  const { t } = useTranslation('accounts');
  return (
    <WithMe documentTitle={t('twoFactor.page.documentTitle')}>{(me) => <TwoFactorSettings me={me} />}</WithMe>
  );
}

type Mode = 'setup' | 'manage' | 'off';

function TwoFactorSettings({ me }: { me: MeResponse }) {
  const { t } = useTranslation('accounts');
  // Chosen once: set-up turns two-factor on before its last step (the recovery codes), and that
  // step must stay on screen when /api/me then says "on".
  const [mode, setMode] = useState<Mode>(me.user.twoFactorEnabled ? 'manage' : 'setup');
  if (mode === 'setup') return <TwoFactorSetup me={me} />;
  if (mode === 'manage') return <TwoFactorManage me={me} onTurnedOff={() => setMode('off')} />;
  return (
    <OutcomePage title={t('twoFactor.manage.offDone')} icon="success">
      <p className="font-lead">{t('twoFactor.manage.offDoneText')}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => setMode('setup')}>
          {t('twoFactor.manage.setUpAgain')}
        </button>
        <Link to="/min-side" className="button button-primary">
          {t('twoFactor.page.backToMyPage')}
        </Link>
      </div>
    </OutcomePage>
  );
}
