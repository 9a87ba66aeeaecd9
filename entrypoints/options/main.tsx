import { render } from 'preact';
import { detectLocale, setLocale } from '@/utils/i18n';
import { OptionsApp } from './OptionsApp';

setLocale(detectLocale(navigator.languages));
render(<OptionsApp />, document.getElementById('app')!);
