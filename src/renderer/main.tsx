// Entry point: mounts the app shell. Everything the page does starts from its URL (/panel/:id, /settings, or
// /answer).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnsweringApp } from './answering/AnsweringApp.tsx';
import { SettingsApp } from './settings/SettingsApp.tsx';
import { isSettingsPage } from './settings/settings-path.ts';
import { App } from './shell/App.tsx';
import './styles/base.css';

const isAnsweringPage = (pathname: string): boolean => /^\/answer\/?$/.test(pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    {isSettingsPage(window.location.pathname) ? (
      <SettingsApp />
    ) : isAnsweringPage(window.location.pathname) ? (
      <AnsweringApp />
    ) : (
      <App pathname={window.location.pathname} />
    )}
  </StrictMode>,
);
