// A React 19 app embedding the elements through @pact/react, bundled by the test with esbuild.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PactPartners, PactProvider } from '@pact/react';

function App() {
  const [chosen, setChosen] = useState('');
  return (
    <PactProvider api="/v1" lang="fr">
      <p id="chosen">{chosen}</p>
      <PactPartners region="central-asia" noControls onPactPartnerSelect={(e) => setChosen(e.detail.partner.id)} />
    </PactProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
