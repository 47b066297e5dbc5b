import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig } from './config/runtime';

const root = createRoot(document.getElementById('root')!);

// The API and Keycloak URLs come from /config.json; everything that talks to them loads after it.
loadRuntimeConfig()
  .then(() => import('./app/App'))
  .then(({ App }) =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    root.render(
      <main style={{ fontFamily: 'sans-serif', padding: 32 }}>
        <h1>Không khởi động được ứng dụng / The app could not start</h1>
        <p>{String(error)}</p>
      </main>,
    );
  });
