import { render } from 'preact';
import { InboxApp } from './inbox-app';
import './inbox.css';

render(<InboxApp />, document.getElementById('inbox-root')!);
