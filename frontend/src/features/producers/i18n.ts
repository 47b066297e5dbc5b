import type { FeatureMessages } from '../../lib/i18n';

const messages: FeatureMessages = {
  vi: {
    menu: 'Chủ thể sản xuất',
    title: 'Chủ thể OCOP',
    subtitle: 'Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ kinh doanh tham gia Chương trình',
    field: {
      name: 'Tên chủ thể',
      type: 'Loại hình',
      district: 'Huyện (khi đăng ký)',
      commune: 'Xã/phường (khi đăng ký)',
      communeToday: 'Xã/phường hiện nay',
      registeredOn: 'Ngày đăng ký',
      representative: 'Người đại diện',
      phone: 'Điện thoại',
      email: 'Thư điện tử',
      address: 'Địa chỉ',
      taxCode: 'Mã số thuế',
    },
    type: {
      ENTERPRISE: 'Doanh nghiệp',
      COOPERATIVE: 'Hợp tác xã',
      COOPERATIVE_GROUP: 'Tổ hợp tác',
      HOUSEHOLD_BUSINESS: 'Hộ kinh doanh',
    },
    filter: { type: 'Mọi loại hình' },
  },
  en: {
    menu: 'Producers',
    title: 'OCOP producers',
    subtitle: 'Enterprises, cooperatives, cooperative groups and household businesses in the programme',
    field: {
      name: 'Name',
      type: 'Type',
      district: 'District (at registration)',
      commune: 'Commune (at registration)',
      communeToday: 'Commune today',
      registeredOn: 'Registered on',
      representative: 'Representative',
      phone: 'Phone',
      email: 'Email',
      address: 'Address',
      taxCode: 'Tax code',
    },
    type: {
      ENTERPRISE: 'Enterprise',
      COOPERATIVE: 'Cooperative',
      COOPERATIVE_GROUP: 'Cooperative group',
      HOUSEHOLD_BUSINESS: 'Household business',
    },
    filter: { type: 'All types' },
  },
};
export default messages;
