import { render } from 'preact';
import { detectLocale, setLocale } from '@/utils/i18n';
import { PopupApp } from './PopupApp';

setLocale(detectLocale(navigator.languages));
render(<PopupApp />, document.getElementById('app')!);
