import { ProducerCreatePage } from './ProducerFormPage';
export default ProducerCreatePage;
