// The input rules on their own: which Fly URLs may carry the token, and which values look like a
// token (refused where none belongs) without mistaking names, labels, paths or URLs for one.
import { isAllowedFlyUrl, isLoopbackHost } from '../../src/action/inputs.js';
import { hasFlyTokenLabel, looksLikeToken } from '../../src/action/token-shaped.js';
import { vector } from '../support/vectors.js';

describe('Fly URLs: https, or http to a loopback host', () => {
  it.each([
    'https://api.machines.dev',
    'https://api.fly.io/graphql',
    'http://127.0.0.1:4280',
    'http://127.9.8.7/v1',
    'http://localhost:8080',
    'http://[::1]:3000/graphql'
  ])('accepts %s', url => {
    expect(isAllowedFlyUrl(url)).toBe(true);
  });

  it.each([
    'http://api.machines.dev',
    'http://127.0.0.1.nip.io',
    'http://128.0.0.1',
    'http://10.0.0.1',
    'http://[::2]',
    'ftp://api.machines.dev',
    'file:///etc/passwd',
    'https://user:secret@api.machines.dev',
    'api.machines.dev',
    ''
  ])('refuses %s', url => {
    expect(isAllowedFlyUrl(url)).toBe(false);
  });

  it('knows loopback hosts by their address, not by a prefix of their name', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
  });
});

describe('looksLikeToken', () => {
  const header = vector('deploy_app').header_form;
  const bundle = header.replace(/^FlyV1 /, '');
  const body = bundle.split(',')[0]?.replace(/^fm2_/, '') ?? '';

  it.each([
    ['a full FlyV1 header', header],
    ['a bundle without its scheme', bundle],
    ['a macaroon body without its label', body],
    ['a URL-encoded header', encodeURIComponent(header)],
    ['a fo1_ token', 'fo1_XJotO3jafdmk1WhqW0H3ehNgPjDTfFPuO-LSUl67Y40'],
    ['a legacy 43-character token', 'Xq3vR8kLm2Np7Ts9Wb4Yc6Zd1Fg5Hj0Ka-Lb_Mc8Nd2P'],
    ['a token inside a list', `acme-web, ${header}`]
  ])('finds %s', (_name, value) => {
    expect(looksLikeToken(value)).toBe(true);
  });

  it.each([
    'acme-web, acme-api-production-eu-west-1-blue-green-2024',
    'deploy, secrets, ssh',
    'fly-token-health',
    'Fly-Token-Health-2024',
    'results/FlyTokenGuard/Report2024/fly-token-guard.sarif',
    'https://api.machines.dev',
    '1234567890, 9876543210',
    'deploy --app acme-web\nsecrets list'
  ])('leaves %s alone', value => {
    expect(looksLikeToken(value)).toBe(false);
  });

  it('tells a Fly token in the GitHub token input from a GitHub token', () => {
    expect(hasFlyTokenLabel(header)).toBe(true);
    expect(hasFlyTokenLabel('ghs_16C7e42F292c6912E7710c838347Ae178B4a')).toBe(false);
  });
});
