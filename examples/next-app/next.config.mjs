/**
 * This app lives inside the library's repository, which has a lock file of its own: without a root,
 * Next.js would take the repository for the workspace and trace files from there.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
