// The browser tier's teardown: stops `next start` and the OIDC provider, drops the database.
export { default } from '../browser/global-teardown';
