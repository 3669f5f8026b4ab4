import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

export type PlainImageProps = Omit<ImageProps, "priority" | "preload" | "placeholder" | "blurDataURL" | "onLoad" | "onLoadingComplete" | "onError"> & {
  /** The picture a visitor sees first: fetched early (a preload in <head>) and first, never lazily. */
  important?: boolean;
};

/**
 * next/image's optimized, responsive picture as a plain <img> rendered on the
 * server: the same sources and sizes, without next/image's client component,
 * so a storefront page has nothing to load or hydrate per picture. The others
 * load lazily.
 */
export function PlainImage({ important = false, ...props }: PlainImageProps) {
  const { props: img } = getImageProps({
    ...props,
    loading: important ? "eager" : (props.loading ?? "lazy"),
    fetchPriority: important ? "high" : props.fetchPriority,
  });
  if (important) preloadResource(img.src, { as: "image", imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: "high" });
  // eslint-disable-next-line @next/next/no-img-element -- the <img> next/image renders, from its own props
  return <img {...img} alt={props.alt} />;
}
