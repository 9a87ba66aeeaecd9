import { render } from 'preact';
import { loadLocale } from '@/utils/i18n';
import { PopupApp } from './PopupApp';

void loadLocale().then(() => render(<PopupApp />, document.getElementById('app')!));
