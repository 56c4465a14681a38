import { EXPONENTIAL_BACKOFF, NO_RETRY } from '../retryRules';
import type { CatalogEntry, RetryRule } from '../types';

/** What went wrong below HTTP, whatever name a browser gives it. */
export type NetworkKind =
  | 'refused'
  | 'reset'
  | 'timeout'
  | 'dns'
  | 'unreachable'
  | 'offline'
  | 'empty-response'
  | 'blocked-by-client'
  | 'blocked-by-response'
  | 'certificate'
  | 'tls'
  | 'cors'
  /** Cancelled by the page or a navigation: no error, never decoded (see decodeNetwork). */
  | 'aborted'
  | 'unsafe-port'
  | 'failed'
  | 'no-response';

type Row = readonly [
  titleEn: string,
  titleRu: string,
  meaningEn: string,
  meaningRu: string,
  actionEn: string,
  actionRu: string,
  retry: RetryRule,
];

// Texts in both UI languages; the CORS row is only the fallback, cors.ts says more.
const ROWS: Readonly<Record<Exclude<NetworkKind, 'aborted'>, Row>> = {
  refused: [
    'Connection refused',
    'В соединении отказано',
    'Nothing accepted the connection at this host and port: the server is down, or the URL has the wrong port.',
    'На этом хосте и порту никто не принял соединение: сервер не запущен или в URL неверный порт.',
    'Check that the server runs and that the URL points at its port; retry with backoff once it is up.',
    'Проверьте, что сервер запущен и URL указывает на его порт; повторяйте с backoff, когда он поднимется.',
    EXPONENTIAL_BACKOFF,
  ],
  reset: [
    'Connection reset',
    'Соединение сброшено',
    'The connection was closed in the middle of the exchange: a crashed server, a proxy or a load balancer cut it.',
    'Соединение оборвалось посреди обмена: сервер упал или его разорвал прокси либо балансировщик.',
    'Retry with backoff; if it persists, check the server and proxy logs.',
    'Повторяйте с backoff; если не проходит, смотрите логи сервера и прокси.',
    EXPONENTIAL_BACKOFF,
  ],
  timeout: [
    'Timed out',
    'Истекло время ожидания',
    'No answer came in time: the server or the network is too slow or unreachable.',
    'Ответ не пришёл вовремя: сервер или сеть слишком медленные или недоступны.',
    'Retry with backoff; check the server load and the network path.',
    'Повторяйте с backoff; проверьте нагрузку на сервер и сеть.',
    EXPONENTIAL_BACKOFF,
  ],
  dns: [
    'Host name not resolved',
    'Имя хоста не найдено',
    'DNS has no address for this host name: a typo in the URL, a missing DNS record or no DNS server.',
    'DNS не знает адреса этого хоста: опечатка в URL, нет DNS-записи или недоступен DNS-сервер.',
    'Check the host name in the URL and your DNS; retrying as is will not help.',
    'Проверьте имя хоста в URL и настройки DNS; повтор без изменений не поможет.',
    NO_RETRY,
  ],
  unreachable: [
    'Address unreachable',
    'Адрес недоступен',
    'No network route leads to the server address.',
    'До адреса сервера нет сетевого маршрута.',
    'Check the network, VPN and firewall; retry with backoff.',
    'Проверьте сеть, VPN и файрвол; повторяйте с backoff.',
    EXPONENTIAL_BACKOFF,
  ],
  offline: [
    'Offline',
    'Нет сети',
    'The browser had no network connection, or it changed during the request.',
    'У браузера не было сетевого соединения, или оно сменилось во время запроса.',
    'Retry with backoff once the connection is back.',
    'Повторите с backoff, когда соединение вернётся.',
    EXPONENTIAL_BACKOFF,
  ],
  'empty-response': [
    'Empty response',
    'Пустой ответ',
    'The server closed the connection without sending any HTTP response.',
    'Сервер закрыл соединение, не прислав HTTP-ответа.',
    'Check the server logs for a crash; retry with backoff.',
    'Ищите падение в логах сервера; повторяйте с backoff.',
    EXPONENTIAL_BACKOFF,
  ],
  'blocked-by-client': [
    'Blocked by the browser',
    'Заблокировано браузером',
    'The browser or one of its extensions (an ad or privacy blocker) blocked the request before it was sent.',
    'Запрос заблокировал сам браузер или его расширение (блокировщик рекламы или трекеров) до отправки.',
    'Allow the URL in the blocking extension, or rename the endpoint if blocklists match it; do not retry.',
    'Разрешите URL в блокирующем расширении или переименуйте эндпоинт, если он попадает в списки; не повторяйте.',
    NO_RETRY,
  ],
  'blocked-by-response': [
    'Blocked by a response policy',
    'Заблокировано политикой ответа',
    'The response arrived, but a policy blocked it from the page (Cross-Origin-Resource-Policy, ORB, X-Frame-Options).',
    'Ответ пришёл, но политика не отдала его странице (Cross-Origin-Resource-Policy, ORB, X-Frame-Options).',
    "Fix the server's response headers or the content type; retrying will not help.",
    'Исправьте заголовки ответа сервера или тип содержимого; повтор не поможет.',
    NO_RETRY,
  ],
  certificate: [
    'Certificate rejected',
    'Сертификат отклонён',
    "The server's TLS certificate is not trusted: expired, self-signed, for another host name, or revoked.",
    'TLS-сертификат сервера не принят: истёк, самоподписан, выписан на другое имя или отозван.',
    'Fix the certificate on the server, or trust your development CA in the browser; do not retry.',
    'Исправьте сертификат на сервере или добавьте свой dev-CA в доверенные; не повторяйте.',
    NO_RETRY,
  ],
  tls: [
    'Secure connection failed',
    'Защищённое соединение не установлено',
    'The TLS handshake failed: the server speaks no TLS the browser accepts, or it is plain HTTP on an HTTPS URL.',
    'TLS-рукопожатие не удалось: сервер не поддерживает подходящий TLS или по HTTPS-адресу отвечает обычный HTTP.',
    'Check the URL scheme and port and the server TLS setup; do not retry.',
    'Проверьте схему и порт в URL и настройки TLS сервера; не повторяйте.',
    NO_RETRY,
  ],
  cors: [
    'Blocked by CORS',
    'Заблокировано CORS',
    'The server answered, but the browser withheld the response from the page: CORS does not allow this origin.',
    'Сервер ответил, но браузер не отдал ответ странице: CORS не разрешает этот источник (origin).',
    "The server must send Access-Control-Allow-Origin with the page's origin (on the preflight too); retrying will not help.",
    'Сервер должен присылать Access-Control-Allow-Origin с источником страницы (и на preflight тоже); повтор не поможет.',
    NO_RETRY,
  ],
  'unsafe-port': [
    'Port not allowed',
    'Порт запрещён',
    'Browsers refuse to connect to this port (it belongs to another protocol, such as SMTP or SSH).',
    'Браузеры не подключаются к этому порту (он принадлежит другому протоколу, например SMTP или SSH).',
    'Serve the API on another port; retrying will not help.',
    'Перенесите API на другой порт; повтор не поможет.',
    NO_RETRY,
  ],
  failed: [
    'Request failed',
    'Запрос не выполнен',
    'The request failed without an HTTP response.',
    'Запрос завершился ошибкой, HTTP-ответа нет.',
    'Look at the error name and the browser console; retry with backoff if the cause is temporary.',
    'Посмотрите имя ошибки и консоль браузера; повторяйте с backoff, если причина временная.',
    EXPONENTIAL_BACKOFF,
  ],
  'no-response': [
    'No response',
    'Нет ответа',
    'The request got no HTTP response, and the browser did not say why: a refused connection, a DNS failure, a timeout, CORS or a blocker.',
    'HTTP-ответа нет, и браузер не сообщил причину: отказ в соединении, ошибка DNS, таймаут, CORS или блокировщик.',
    'Open the browser console for the reason; retry with backoff if it is temporary.',
    'Причину покажет консоль браузера; повторяйте с backoff, если она временная.',
    EXPONENTIAL_BACKOFF,
  ],
};

/** The explanation of one kind of failure, in every UI language. */
export function networkEntry(kind: Exclude<NetworkKind, 'aborted'>): CatalogEntry {
  const [titleEn, titleRu, meaningEn, meaningRu, actionEn, actionRu, retry] = ROWS[kind];
  return {
    title: { en: titleEn, ru: titleRu },
    meaning: { en: meaningEn, ru: meaningRu },
    action: { en: actionEn, ru: actionRu },
    retry,
  };
}
