// Which input values look like a token (refused where none belongs), without mistaking names,
// labels, paths or URLs for one. The Fly URL rule is tested with the client (fly/url-policy).
import { hasTokenMarker, looksLikeToken, TOKEN_SHAPE } from '../../src/token/token-shape.js';
import { vector } from '../support/vectors.js';

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
    expect(looksLikeToken(value, TOKEN_SHAPE.value)).toBe(true);
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
    expect(looksLikeToken(value, TOKEN_SHAPE.value)).toBe(false);
  });

  it('tells a Fly token in the GitHub token input from a GitHub token', () => {
    expect(hasTokenMarker(header)).toBe(true);
    expect(hasTokenMarker('ghs_16C7e42F292c6912E7710c838347Ae178B4a')).toBe(false);
  });
});
