import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
// The block editor's stylesheet, which every host imports (block-ui's own CSS import is dropped from app builds).
import '@workflow-blocks/block-ui/style.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
