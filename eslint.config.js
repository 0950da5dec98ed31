// ESLint flat config: typescript-eslint's recommended rules, plus a ban on every way to turn a string into HTML or
// code. Bounce text is written by strangers and shown inside people's mailboxes; it is only ever rendered as text.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_SINKS = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML turns text into HTML: use textContent or Preact text.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML turns text into HTML: build nodes instead.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML turns text into HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML turns text into HTML.' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML turns text into HTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write turns text into HTML.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function runs strings as code.' },
  { selector: "CallExpression[callee.name='Function']", message: 'Function() runs strings as code.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...NO_SINKS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
