import { useState } from 'react';
import { MemoryAdapter } from 'cert-elements/classes';
import { CertDashboard } from 'cert-elements/react';
import 'cert-elements/transcript-viewer';

const adapter = new MemoryAdapter();

export function App() {
  const [selected, setSelected] = useState<string[]>([]);
  const [downloaded, setDownloaded] = useState('');
  return (
    <main>
      <CertDashboard
        adapter={adapter}
        onCertSelectionChange={(event) => setSelected(event.detail.ids)}
        onCertDownload={(event) => setDownloaded(event.detail.filename)}
      />
      <p role="status">
        {selected.length} selected{downloaded && `, downloaded ${downloaded}`}
      </p>
      <h2>A shared transcript</h2>
      {/* The plain tag works in TSX too: React 19 sets `adapter` as a property. */}
      <transcript-viewer mode="shared" transcript-id="TR-0001" adapter={adapter}></transcript-viewer>
    </main>
  );
}
