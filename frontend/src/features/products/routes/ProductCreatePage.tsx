import { ProductCreatePage } from './ProductFormPage';
export default ProductCreatePage;
