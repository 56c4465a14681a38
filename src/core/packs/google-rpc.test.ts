import { describe, expect, it } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { GRPC_STATUS_NAMES } from '../grpc/statusCodes';

const google = builtin('google-rpc');
const en = (notes: readonly { en: string }[] | undefined) => (notes ?? []).map((n) => n.en);

// https://google.aip.dev/193 ("JSON representation"), verbatim.
const AIP_193 = `{
  "error": {
    "code": 429,
    "message": "The zone 'us-east1-a' does not have enough resources available to fulfill the request. Try a different zone, or try again later.",
    "status": "RESOURCE_EXHAUSTED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "RESOURCE_AVAILABILITY",
        "domain": "compute.googleapis.com",
        "metadata": {
          "zone": "us-east1-a",
          "vmType": "e2-medium",
          "attachment": "local-ssd=3,nvidia-t4=2",
          "zonesWithCapacity": "us-central1-f,us-central1-c"
        }
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "An <e2-medium> VM instance with <local-ssd=3,nvidia-t4=2> is currently unavailable in the <us-east1-a> zone. Consider trying your request in the <us-central1-f,us-central1-c> zone(s), which currently has/have capacity to accommodate your request. Alternatively, you can try your request again with a different VM hardware configuration or at a later time. For more information, see the troubleshooting documentation."
      },
      {
        "@type": "type.googleapis.com/google.rpc.Help",
        "links": [
          {
            "description": "Additional information on this error",
            "url": "https://cloud.google.com/compute/docs/resource-error"
          }
        ]
      }
    ]
  }
}`;

// https://cloud.google.com/apis/design/errors ("Error model"), verbatim.
const API_KEY_INVALID = `{
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {
          "service": "translate.googleapis.com"
        }
      }
    ]
  }
}`;

// Firebase Auth REST API (https://firebase.google.com/docs/reference/rest/auth), sign-in with a
// wrong password: Google's older error shape, with no "status".
const FIREBASE = `{
  "error": {
    "code": 400,
    "message": "INVALID_LOGIN_CREDENTIALS",
    "errors": [
      {
        "message": "INVALID_LOGIN_CREDENTIALS",
        "domain": "global",
        "reason": "invalid"
      }
    ]
  }
}`;

// https://developers.google.com/drive/api/guides/handle-errors ("401: Invalid credentials"
// family), the older shape whose code is errors[0].reason.
const LOGIN_REQUIRED = `{
  "error": {
    "errors": [
      {
        "domain": "global",
        "reason": "required",
        "message": "Login Required",
        "locationType": "header",
        "location": "Authorization"
      }
    ],
    "code": 401,
    "message": "Login Required"
  }
}`;

/**
 * The standard details, as google/rpc/error_details.proto defines them
 * (https://github.com/googleapis/googleapis/blob/master/google/rpc/error_details.proto), in
 * their proto3 JSON form.
 */
const DETAILS = {
  error: {
    code: 429,
    message: 'Quota exceeded for quota metric "Requests" of service "example.googleapis.com".',
    status: 'RESOURCE_EXHAUSTED',
    details: [
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '13s' },
      {
        '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
        violations: [{ subject: 'project:123', description: 'Daily limit exceeded' }],
      },
      {
        '@type': 'type.googleapis.com/google.rpc.BadRequest',
        fieldViolations: [{ field: 'book.title', description: 'must not be empty' }],
      },
      {
        '@type': 'type.googleapis.com/google.rpc.RequestInfo',
        requestId: 'req-9f2',
        servingData: 'x',
      },
      {
        '@type': 'type.googleapis.com/google.rpc.Help',
        links: [{ description: 'Quotas', url: 'https://example.com/quotas' }],
      },
    ],
  },
};

describe('google-rpc: the Google API error model (AIP-193)', () => {
  it("reads AIP-193's example: status as the code, ErrorInfo, LocalizedMessage and Help as text", () => {
    const d = decode(exchange({ status: 429, body: AIP_193 }));
    expect(d?.format).toBe('google-rpc');
    expect(d?.code).toBe('RESOURCE_EXHAUSTED');
    expect(d?.known).toBe(true);
    expect(d?.retry.advice).toBe('wait');
    expect(d?.message).toMatch(/^The zone 'us-east1-a' does not have enough resources/);
    const notes = en(d?.notes);
    expect(notes).toContain(
      'Reason: RESOURCE_AVAILABILITY (domain compute.googleapis.com); zone=us-east1-a, ' +
        'vmType=e2-medium, attachment=local-ssd=3,nvidia-t4=2, ' +
        'zonesWithCapacity=us-central1-f,us-central1-c',
    );
    expect(notes).toContain(
      'Help: Additional information on this error <https://cloud.google.com/compute/docs/resource-error>',
    );
    expect(notes.some((n) => n.startsWith('Localized message (en-US): An <e2-medium> VM'))).toBe(
      true,
    );
    expect(d?.details).toMatchObject({
      errorInfo: { reason: 'RESOURCE_AVAILABILITY', domain: 'compute.googleapis.com' },
      help: { links: [{ url: 'https://cloud.google.com/compute/docs/resource-error' }] },
    });
  });

  it("reads the design guide's example, with Russian texts for the status", () => {
    const d = decode(exchange({ status: 400, body: API_KEY_INVALID }));
    expect(d?.format).toBe('google-rpc');
    expect(d?.code).toBe('INVALID_ARGUMENT');
    expect(d?.retry.advice).toBe('no');
    expect(d?.title.ru).toBe('Неверный аргумент');
    expect(en(d?.notes)).toContain(
      'Reason: API_KEY_INVALID (domain googleapis.com); service=translate.googleapis.com',
    );
    expect(d?.pointers?.code).toBe('/error/status');
  });

  it('turns RetryInfo into retryDelaySeconds, BadRequest into field errors, RequestInfo into the request id', () => {
    const envelope = google.recognize(DETAILS);
    const [error] = envelope?.errors ?? [];
    expect(error?.retryDelaySeconds).toBe(13);
    expect(error?.fieldErrors).toEqual([{ field: 'book.title', messages: ['must not be empty'] }]);
    expect(envelope?.requestId).toBe('req-9f2');
    const notes = en(envelope?.notes);
    expect(notes).toContain('Quota exceeded: project:123 Daily limit exceeded');
    expect(notes).toContain('The server asks to retry no sooner than in 13 s (RetryInfo).');
    expect(notes).toContain('Help: Quotas <https://example.com/quotas>');
  });

  it('reads fractional and malformed retry delays as the Duration JSON mapping writes them', () => {
    const delay = (retryDelay: unknown) =>
      google.recognize({
        error: {
          code: 503,
          status: 'UNAVAILABLE',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay }],
        },
      })?.errors[0]?.retryDelaySeconds;
    expect(delay('1.5s')).toBe(1.5);
    expect(delay('0.000000001s')).toBe(1e-9);
    expect(delay('13')).toBeUndefined();
    expect(delay('-3s')).toBeUndefined();
    expect(delay(13)).toBeUndefined();
  });

  it("takes Google's older error from numeric-code: the message, or the first reason, is the code", () => {
    const firebase = decode(exchange({ status: 400, body: FIREBASE }));
    expect(firebase?.format).toBe('google-rpc');
    expect(firebase?.code).toBe('INVALID_LOGIN_CREDENTIALS');
    expect(firebase?.known).toBe(true);
    expect(firebase?.pointers?.code).toBe('/error/message');
    const weak = google.recognize({
      error: {
        code: 400,
        message: 'WEAK_PASSWORD : Password should be at least 6 characters',
        errors: [
          {
            message: 'WEAK_PASSWORD : Password should be at least 6 characters',
            reason: 'invalid',
          },
        ],
      },
    });
    expect(weak?.errors[0]?.code).toBe('WEAK_PASSWORD');
    const login = decode(exchange({ status: 401, body: LOGIN_REQUIRED }));
    expect(login?.format).toBe('google-rpc');
    expect(login?.code).toBe('required');
    expect(login?.pointers?.code).toBe('/error/errors/0/reason');
  });

  it("leaves numeric-code's own envelope (seed 004) to numeric-code", () => {
    const seed = '{"error": {"code": 1008, "message": "Method not supported by this resource"}}';
    expect(decode(exchange({ status: 405, body: seed }))?.format).toBe('numeric-code');
    // An HTTP-like code with neither a status name nor an errors list is not Google's shape.
    const bare = '{"error": {"code": 400, "message": "INVALID_LOGIN_CREDENTIALS"}}';
    expect(decode(exchange({ status: 400, body: bare }))?.format).toBe('numeric-code');
    const otherStatus = '{"error": {"code": 404, "status": "Not Found", "message": "x"}}';
    expect(decode(exchange({ status: 404, body: otherStatus }))?.format).toBe('numeric-code');
  });

  it('gives each of the 17 canonical status names English and Russian texts and a retry rule', () => {
    expect(GRPC_STATUS_NAMES).toHaveLength(17);
    for (const name of GRPC_STATUS_NAMES) {
      const entry = google.catalog.get(name);
      expect(entry, name).toBeDefined();
      expect(entry?.title.en, name).toMatch(/\w/);
      for (const text of [entry?.meaning, entry?.action]) {
        expect(text?.en, name).toMatch(/\w/);
        expect(text?.ru, name).toMatch(/[а-яё]/i);
      }
    }
    const advice = (name: string) => google.catalog.get(name)?.retry.advice;
    expect(advice('UNAVAILABLE')).toBe('backoff');
    expect(advice('RESOURCE_EXHAUSTED')).toBe('wait');
    expect(advice('UNAUTHENTICATED')).toBe('after-auth');
    expect(advice('INVALID_ARGUMENT')).toBe('no');
    expect(advice('DEADLINE_EXCEEDED')).toBe('check-first');
  });

  it('survives hostile details: wrong types, 100,000 items of 100,000, __proto__ keys', () => {
    const violations = Array.from({ length: 100_000 }, () => ({ subject: 's', description: 'd' }));
    const many = Array.from({ length: 100_000 }, () => ({
      '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
      violations,
    }));
    const envelope = google.recognize({
      error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: many },
    });
    // Five violations noted (the rest stay in the details), the other 99,999 details unread.
    expect(envelope?.notes?.length).toBe(5);
    const odd = google.recognize(
      JSON.parse(
        '{"error":{"code":400,"status":"INVALID_ARGUMENT","details":[null,7,"x",{"@type":5},' +
          '{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":{},"metadata":{"__proto__":"p"}}]}}',
      ),
    );
    expect(odd?.errors[0]?.code).toBe('INVALID_ARGUMENT');
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });
});
