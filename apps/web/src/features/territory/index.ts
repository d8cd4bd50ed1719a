// The district (tenant): its municipalities, organizations and the user's roles in it.
export { DistrictPage } from './DistrictPage';
export { useDistrict, useMyDistricts, useDistrictAccess, districtKeys } from './queries';
