// The one shape rule and its three strictnesses. What each caller refuses or cuts is tested with
// the caller (action/inputs, rules/shell-access, fly/sanitize); here, how the shapes differ.
import {
  hasTokenMarker,
  looksLikeToken,
  redactTokenShapes,
  TOKEN_SHAPE
} from '../../src/token/token-shape.js';
import { vector } from '../support/vectors.js';

const legacy = 'Xq3vR8kLm2Np7Ts9Wb4Yc6Zd1Fg5Hj0Ka-Lb_Mc8Nd2P';

describe('token shapes', () => {
  it('takes every token form for token material in every shape', () => {
    const header = vector('deploy_app').header_form;
    for (const shape of Object.values(TOKEN_SHAPE)) {
      for (const value of [header, encodeURIComponent(header), legacy]) {
        expect(looksLikeToken(value, shape)).toBe(true);
        expect(redactTokenShapes(value, shape)).not.toContain(value.slice(10, 30));
      }
    }
  });

  it('a short random run is a fragment in what we write, not in a configured value', () => {
    const run = 'Ab1Cd2Ef3Gh4Ij5Kl6';
    expect(looksLikeToken(`deploy ${run}`, TOKEN_SHAPE.fragment)).toBe(true);
    expect(looksLikeToken(`deploy ${run}`, TOKEN_SHAPE.value)).toBe(false);
    expect(redactTokenShapes(`x ${run} y`, TOKEN_SHAPE.outside)).toBe(`x ${run} y`);
  });

  it('cuts long runs from outside text even when they do not look random', () => {
    const name = 'acme-api-production-eu-west-1-blue-green';
    expect(looksLikeToken(name, TOKEN_SHAPE.value)).toBe(false);
    expect(redactTokenShapes(`app ${name} gone`, TOKEN_SHAPE.outside)).toBe('app [redacted] gone');
    const identity = '27c10384-3765-524a-b206-4e1349fcb2ba@tokens.fly.io';
    expect(redactTokenShapes(identity, TOKEN_SHAPE.outside)).toBe(identity);
  });

  it('a label alone is no secret; a label with the start of a body is cut anywhere', () => {
    expect(redactTokenShapes('expected fm2_ or fo1_', TOKEN_SHAPE.outside)).toBe(
      'expected fm2_ or fo1_'
    );
    expect(redactTokenShapes('xfm2_lJPE cut', TOKEN_SHAPE.outside)).toBe('x[redacted] cut');
    expect(hasTokenMarker('FlyV1%20abc')).toBe(true);
    expect(hasTokenMarker('ghs_16C7e42F292c6912E7710c838347Ae178B4a')).toBe(false);
  });
});
