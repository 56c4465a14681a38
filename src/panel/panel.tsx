import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<p>API Error Decoder is loaded.</p>);
document.body.dataset['ready'] = 'true';
