import { ProductEditPage } from './ProductFormPage';
export default ProductEditPage;
