export { fold, foldTokens } from './fold';
export { COUNTRIES, countryByIso, countryIsoByName, type CountryEntry, type CountryInfo } from './countries';
export {
  ORGANIZATIONS,
  expandAcronymTokens,
  isOrgAcronymLike,
  isReferenceOrgId,
  orgByAcronym,
  orgByName,
  orgKeyBase,
  type OrgInfo,
} from './organizations';
export { CITIES, LANDMARKS, REGIONS, REGION_DEMONYMS } from './places';
export {
  EMIRATES,
  HEAD_TITLE_SET,
  HONORIFICS,
  MONARCH_TITLE_RE,
  MONARCHIES,
  NO_PRIME_MINISTER,
  TITLES,
  type TitleEntry,
} from './titles';
