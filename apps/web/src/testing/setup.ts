import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// waitFor and findBy wait for a state; on a busy machine the app may need more than a second
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'it';
});
