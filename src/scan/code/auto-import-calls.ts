/**
 * The per-file side of auto-imports (flows/auto-imports.ts): in a file written for a framework that imports functions
 * by itself (a Nuxt server route's `defineEventHandler`, a Vue single-file component), a call of a name the file does
 * not bind is kept for the link stage, which looks for it among the framework's folders. Names every JavaScript or
 * Nuxt runtime has (`fetch`, `readBody`, `useRuntimeConfig`) are never the app's.
 */
import type ts from 'typescript';

const FRAMEWORK_MARKERS = /\bdefine(?:Cached)?EventHandler\s*\(|\bdefineNuxt\w*\s*\(|\bdefineNitroPlugin\s*\(|\buseRuntimeConfig\s*\(/;

/** Whether the file may call functions its framework imports by itself. */
export function mayAutoImport(sourceFile: ts.SourceFile): boolean {
  return sourceFile.fileName.endsWith('.vue') || FRAMEWORK_MARKERS.test(sourceFile.text);
}

/** Functions of the language, the platform, Vue and Nuxt/Nitro/h3 that a call of a free name most often is. */
export const RUNTIME_FUNCTIONS: ReadonlySet<string> = new Set([
  'fetch', '$fetch', 'require', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'structuredClone',
  'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'String', 'Number', 'Boolean', 'Date', 'Array', 'Object', 'Symbol', 'BigInt',
  'Promise', 'Error', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'atob', 'btoa', 'URL', 'alert', 'confirm',
  'defineEventHandler', 'defineCachedEventHandler', 'defineNitroPlugin', 'readBody', 'readValidatedBody', 'getQuery', 'getValidatedQuery',
  'getRouterParam', 'getRouterParams', 'getHeader', 'getHeaders', 'getCookie', 'setCookie', 'deleteCookie', 'createError', 'sendRedirect',
  'setResponseStatus', 'setHeader', 'getRequestURL', 'getRequestIP', 'useRuntimeConfig', 'useStorage', 'useAppConfig', 'useNitroApp',
  'ref', 'reactive', 'computed', 'watch', 'watchEffect', 'onMounted', 'onUnmounted', 'onBeforeMount', 'nextTick', 'toRef', 'toRefs',
  'defineProps', 'defineEmits', 'defineModel', 'defineExpose', 'withDefaults', 'useState', 'useFetch', 'useLazyFetch', 'useAsyncData',
  'navigateTo', 'definePageMeta', 'useRoute', 'useRouter', 'useHead', 'useSeoMeta', 'useCookie', 'useNuxtApp', 'useI18n',
]);
