import { ProducerEditPage } from './ProducerFormPage';
export default ProducerEditPage;
