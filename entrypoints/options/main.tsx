import { render } from 'preact';
import { loadLocale } from '@/utils/i18n';
import { OptionsApp } from './OptionsApp';

void loadLocale().then(() => render(<OptionsApp />, document.getElementById('app')!));
