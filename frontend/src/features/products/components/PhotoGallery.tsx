import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Image, Popconfirm, Skeleton, Typography, Upload } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { formatDate } from '../../../lib/format';
import { newIdempotencyKey } from '../../../lib/forms/useApiForm';
import { useAddPhoto, useDeletePhoto, usePhotoBlob, usePhotos, type Photo } from '../api/products';

const MAX_BYTES = 5 * 1024 * 1024;

function PhotoImage({ photo, alt }: { photo: Photo; alt: string }) {
  const blob = usePhotoBlob(photo.href);
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : undefined), [blob.data]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (blob.isError) return <Typography.Text type="danger">{photo.fileName ?? photo.id}</Typography.Text>;
  if (!url) return <Skeleton.Image active style={{ width: 200, height: 160 }} />;
  return <Image src={url} alt={alt} width={200} height={160} style={{ objectFit: 'cover' }} />;
}

/** The product's photos: shown (fetched with the token), uploaded and deleted by those who may edit. */
export function PhotoGallery({
  productId,
  productName,
  editable,
}: {
  productId: number;
  productName: string;
  editable: boolean;
}) {
  const { t } = useTranslation(['products', 'common']);
  const { message } = App.useApp();
  const photos = usePhotos(productId);
  const add = useAddPhoto(productId);
  const remove = useDeletePhoto(productId);
  if (photos.isError) return <ErrorResult error={photos.error} onRetry={() => void photos.refetch()} />;
  return (
    <>
      {editable && (
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                void message.error(t('photos.tooLarge'));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) =>
              add.mutate(
                { file: file as File, idempotencyKey: newIdempotencyKey() },
                {
                  onSuccess: (r) => {
                    void message.success(t('photos.uploaded'));
                    onSuccess?.(r);
                  },
                  onError: (e) => {
                    void message.error(problemMessage(e, t));
                    onError?.(e);
                  },
                },
              )
            }
          >
            <Button icon={<UploadOutlined />} loading={add.isPending}>
              {t('photos.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('photos.hint')}</Typography.Text>
        </Flex>
      )}
      {photos.isPending ? (
        <Skeleton active />
      ) : photos.data.items.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('common:state.empty')}</Typography.Paragraph>
      ) : (
        <Image.PreviewGroup>
          <Flex gap={16} wrap>
            {photos.data.items.map((photo) => (
              <Card
                key={photo.id}
                size="small"
                styles={{ body: { padding: 8 } }}
                actions={
                  editable
                    ? [
                        <Popconfirm
                          key="delete"
                          title={t('common:action.confirmDelete')}
                          okText={t('common:action.delete')}
                          cancelText={t('common:action.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={async () => {
                            try {
                              await remove.mutateAsync(photo.id);
                              void message.success(t('common:state.deleted'));
                            } catch (e) {
                              void message.error(problemMessage(e, t));
                            }
                          }}
                        >
                          <Button
                            type="text"
                            danger
                            size="small"
                            icon={<DeleteOutlined />}
                            aria-label={`${t('common:action.delete')} ${photo.fileName ?? photo.id}`}
                          >
                            {t('common:action.delete')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : undefined
                }
              >
                <PhotoImage photo={photo} alt={t('photos.alt', { name: productName })} />
                <div style={{ fontSize: 13, marginTop: 4, maxWidth: 200, overflowWrap: 'anywhere' }}>
                  {photo.fileName} · {formatDate(photo.uploadedAt)}
                </div>
              </Card>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </>
  );
}
