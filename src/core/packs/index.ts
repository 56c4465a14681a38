import connect from './connect.json';
import googleRpc from './google-rpc.json';
import awsJson from './aws-json.json';
import awsXml from './aws-xml.json';
import github from './github.json';
import graphql from './graphql.json';
import grpcWeb from './grpc-web.json';
import jsonrpc from './jsonrpc.json';
import numericCode from './numeric-code.json';
import odata from './odata.json';
import okFlag from './ok-flag.json';
import problemJson from './problem-json.json';
import slack from './slack.json';
import stateMeta from './state-meta.json';
import stripe from './stripe.json';
import successFlag from './success-flag.json';

/**
 * The built-in packs, one JSON file per format: the five seed formats, RFC 9457 problem
 * details and GraphQL. Adding a format means adding its file and its line here, then running
 * `npm run gen:conditions`; a test fails when a file in this folder is not listed, a listed pack
 * is invalid, or conditions.generated.ts is out of date.
 */
export const BUILTIN_PACKS: Readonly<Record<string, unknown>> = {
  'ok-flag.json': okFlag,
  'state-meta.json': stateMeta,
  'success-flag.json': successFlag,
  'jsonrpc.json': jsonrpc,
  'numeric-code.json': numericCode,
  'problem-json.json': problemJson,
  'graphql.json': graphql,
  'google-rpc.json': googleRpc,
  'grpc-web.json': grpcWeb,
  'connect.json': connect,
  // Issue 11's everyday envelopes, tried in this order among equal specificities: the cheapest
  // rejections first, and the XML reader last (it never reads a body JSON could parse).
  'slack.json': slack,
  'stripe.json': stripe,
  'github.json': github,
  'odata.json': odata,
  'aws-json.json': awsJson,
  'aws-xml.json': awsXml,
};
